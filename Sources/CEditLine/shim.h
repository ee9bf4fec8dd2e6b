// Small C wrappers over libedit for Swift.
//
// el_set, el_get and history() are variadic, which Swift cannot call, so each use the shell needs
// gets a fixed-argument wrapper here. The stdin/stdout/stderr FILE pointers are handed out by
// functions because Swift 6 rejects the Glibc globals as not concurrency-safe.
//
// Do not name a header in this folder history.h or readline.h: pkg-config puts libedit's compat
// headers (/usr/include/editline) on the include path.
#ifndef HEARSAY_CEDITLINE_SHIM_H
#define HEARSAY_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <stddef.h>

/// The process's standard input stream.
static inline FILE *hearsay_stdin(void) { return stdin; }
/// The process's standard output stream.
static inline FILE *hearsay_stdout(void) { return stdout; }
/// The process's standard error stream.
static inline FILE *hearsay_stderr(void) { return stderr; }

/// Sets the function libedit calls for the prompt text.
static inline int hearsay_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
  return el_set(el, EL_PROMPT, prompt);
}

/// Chooses the key bindings: "emacs" or "vi".
static inline int hearsay_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

/// Stores a pointer that callbacks can read back with hearsay_el_clientdata.
static inline int hearsay_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

/// The pointer stored with hearsay_el_set_clientdata, or NULL.
static inline void *hearsay_el_clientdata(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

/// Connects a history list, so the arrow keys and searches walk it.
static inline int hearsay_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}

/// Turns terminal signal keys off while editing (so ^C reaches the bindings as a key).
static inline int hearsay_el_disable_signal_keys(EditLine *el) {
  return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}

/// Adds a named editor function implemented by `fn`.
static inline int hearsay_el_add_function(
    EditLine *el, const char *name, const char *help, unsigned char (*fn)(EditLine *, int)) {
  return el_set(el, EL_ADDFN, name, help, fn);
}

/// Binds a key sequence (for example "^C") to a named editor function.
static inline int hearsay_el_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}

/// A new history list holding at most `size` entries, or NULL.
static inline History *hearsay_history_create(int size) {
  History *h = history_init();
  if (h == NULL) return NULL;
  HistEvent event;
  history(h, &event, H_SETSIZE, size);
  return h;
}

/// Adds an entry to the end of a history list.
static inline int hearsay_history_enter(History *h, const char *entry) {
  HistEvent event;
  return history(h, &event, H_ENTER, entry);
}

#endif
