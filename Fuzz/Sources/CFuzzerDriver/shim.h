// libFuzzer's entry point for programs that have their own main: SwiftPM gives each executable
// target a Swift main of its own (aliased to `main` at link time), so the fuzz targets call
// this from main.swift instead of linking libFuzzer's main.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
