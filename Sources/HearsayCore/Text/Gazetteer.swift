/// Countries with their demonyms, and well-known cities and regions: the places hearsay knows
/// without being told. Lookups are by lowercased name.
enum Gazetteer {
  /// `Country|Demonym|Other demonym or alias…`, one per entry.
  private static let countryTable = """
    Afghanistan|Afghan;Albania|Albanian;Algeria|Algerian;Angola|Angolan;Argentina|Argentine|Argentinian;\
    Armenia|Armenian;Australia|Australian;Austria|Austrian;Azerbaijan|Azerbaijani;Bahrain|Bahraini;\
    Bangladesh|Bangladeshi;Belarus|Belarusian;Belgium|Belgian;Bolivia|Bolivian;Bosnia|Bosnian;\
    Brazil|Brazilian;Bulgaria|Bulgarian;Cambodia|Cambodian;Cameroon|Cameroonian;Canada|Canadian;\
    Chile|Chilean;China|Chinese;Colombia|Colombian;Congo|Congolese;Croatia|Croatian;Cuba|Cuban;\
    Cyprus|Cypriot;Czech Republic|Czech;Denmark|Danish;Ecuador|Ecuadorian;Egypt|Egyptian;\
    Estonia|Estonian;Ethiopia|Ethiopian;Finland|Finnish;France|French;Georgia|Georgian;\
    Germany|German;Ghana|Ghanaian;Greece|Greek;Guatemala|Guatemalan;Haiti|Haitian;Honduras|Honduran;\
    Hungary|Hungarian;Iceland|Icelandic;India|Indian;Indonesia|Indonesian;Iran|Iranian;Iraq|Iraqi;\
    Ireland|Irish;Israel|Israeli;Italy|Italian;Jamaica|Jamaican;Japan|Japanese;Jordan|Jordanian;\
    Kazakhstan|Kazakh;Kenya|Kenyan;Kuwait|Kuwaiti;Kyrgyzstan|Kyrgyz;Laos|Lao|Laotian;Latvia|Latvian;\
    Lebanon|Lebanese;Libya|Libyan;Lithuania|Lithuanian;Luxembourg|Luxembourgish;Malaysia|Malaysian;\
    Mali|Malian;Malta|Maltese;Mexico|Mexican;Moldova|Moldovan;Mongolia|Mongolian;Montenegro|Montenegrin;\
    Morocco|Moroccan;Mozambique|Mozambican;Myanmar|Burmese;Nepal|Nepalese|Nepali;\
    Netherlands|Dutch|Holland;New Zealand|New Zealander;Nicaragua|Nicaraguan;Niger|Nigerien;\
    Nigeria|Nigerian;North Korea|North Korean|DPRK;Norway|Norwegian;Oman|Omani;Pakistan|Pakistani;\
    Palestine|Palestinian;Panama|Panamanian;Paraguay|Paraguayan;Peru|Peruvian;Philippines|Filipino|Philippine;\
    Poland|Polish;Portugal|Portuguese;Qatar|Qatari;Romania|Romanian;Russia|Russian|Russian Federation;\
    Rwanda|Rwandan;Saudi Arabia|Saudi;Senegal|Senegalese;Serbia|Serbian;Singapore|Singaporean;\
    Slovakia|Slovak;Slovenia|Slovenian;Somalia|Somali;South Africa|South African;\
    South Korea|South Korean|Korea|Korean|ROK;Spain|Spanish;Sri Lanka|Sri Lankan;Sudan|Sudanese;\
    Sweden|Swedish;Switzerland|Swiss;Syria|Syrian;Taiwan|Taiwanese;Tajikistan|Tajik;Tanzania|Tanzanian;\
    Thailand|Thai;Tunisia|Tunisian;Turkey|Turkish|Türkiye;Turkmenistan|Turkmen;Uganda|Ugandan;\
    Ukraine|Ukrainian;United Arab Emirates|Emirati|UAE;United Kingdom|British|UK|U.K.|Britain|Great Britain;\
    United States|American|US|U.S.|USA|U.S.A.|America;Uruguay|Uruguayan;Uzbekistan|Uzbek;\
    Venezuela|Venezuelan;Vietnam|Vietnamese|Viet Nam;Yemen|Yemeni;Zambia|Zambian;Zimbabwe|Zimbabwean;\
    Scotland|Scottish;Wales|Welsh;England|English;Europe|European;Africa|African;Asia|Asian;\
    Latin America|Latin American;Middle East|Middle Eastern;Arctic|Arctic;Gaza|Gazan;\
    Crimea|Crimean;Kosovo|Kosovar;Brunei|Bruneian;Fiji|Fijian;Botswana|Botswanan;Namibia|Namibian;\
    Eritrea|Eritrean;Djibouti|Djiboutian;Chad|Chadian;Benin|Beninese;Togo|Togolese;Gabon|Gabonese;\
    Belize|Belizean;Bhutan|Bhutanese;Maldives|Maldivian;Bahamas|Bahamian;Barbados|Barbadian;\
    Costa Rica|Costa Rican;El Salvador|Salvadoran;Dominican Republic|Dominican;Puerto Rico|Puerto Rican;\
    Kiribati;Tonga|Tongan;Samoa|Samoan;Palau|Palauan;Vanuatu;Papua New Guinea|Papua New Guinean;\
    Timor-Leste|Timorese|East Timor;Liberia|Liberian;Sierra Leone|Sierra Leonean;Guinea|Guinean;\
    Burkina Faso|Burkinabe;Ivory Coast|Ivorian|Côte d'Ivoire;Madagascar|Malagasy;Malawi|Malawian;\
    Mauritius|Mauritian;Lesotho;Eswatini|Swazi;South Sudan|South Sudanese;Iberia|Iberian
    """

  /// Cities, states and regions (lowercased name → display name).
  private static let placeNames = """
    Beijing;Shanghai;Hong Kong;Moscow;Kazan;St Petersburg;Washington;New York;London;Paris;Berlin;\
    Brussels;Tokyo;Seoul;Delhi;New Delhi;Mumbai;Kyiv;Kiev;Kabul;Tehran;Baghdad;Damascus;Jerusalem;\
    Tel Aviv;Cairo;Riyadh;Dubai;Abu Dhabi;Doha;Ankara;Istanbul;Rome;Madrid;Lisbon;Vienna;Geneva;\
    Zurich;Stockholm;Oslo;Copenhagen;Helsinki;Warsaw;Prague;Budapest;Athens;Dublin;Edinburgh;\
    Cardiff;Belfast;Manchester;Liverpool;Birmingham;Leeds;Glasgow;Ottawa;Toronto;Montreal;Vancouver;\
    Mexico City;Havana;Caracas;Bogota;Lima;Santiago;Buenos Aires;Brasilia;Rio de Janeiro;Sao Paulo;\
    Canberra;Sydney;Melbourne;Wellington;Singapore;Jakarta;Manila;Bangkok;Hanoi;Kuala Lumpur;\
    Islamabad;Karachi;Lahore;Dhaka;Colombo;Kathmandu;Nairobi;Lagos;Abuja;Johannesburg;Pretoria;\
    Cape Town;Addis Ababa;Khartoum;Tripoli;Tunis;Algiers;Rabat;Minsk;Tbilisi;Yerevan;Baku;Astana;\
    Tashkent;Bishkek;Dushanbe;Ulaanbaatar;Pyongyang;Taipei;Guangzhou;Shenzhen;Wuhan;Chongqing;\
    Los Angeles;Chicago;Houston;Boston;Philadelphia;San Francisco;Seattle;Miami;Atlanta;Dallas;\
    Denver;Detroit;Phoenix;Las Vegas;Baltimore;Cleveland;Pittsburgh;Orlando;Tampa;Charlotte;\
    Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;\
    Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;\
    Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;\
    North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;\
    Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming;Silicon Valley;Wall Street;\
    Downing Street;Westminster;Capitol Hill;Brooklyn;Manhattan;Queens;Bronx;Kent;Yorkshire;Essex;\
    Surrey;Devon;Cornwall;Bavaria;Catalonia;Quebec;Ontario;Alberta;Xinjiang;Tibet;Donbas;Kharkiv;\
    Odesa;Mariupol;Bakhmut;Sochi;Vladivostok;Minneapolis;Milwaukee;Sacramento;Austin;Nashville;\
    Richmond;Raleigh;Columbus;Cincinnati;Indianapolis;St Louis;Kansas City;New Orleans;Portland;\
    Salt Lake City;Albuquerque;Honolulu;Anchorage;Des Moines;Charleston;Hiroshima;Osaka;Busan;\
    Mosul;Aleppo;Homs;Idlib;Basra;Benghazi;Gdansk;Krakow;Milan;Naples;Barcelona;Munich;Frankfurt;\
    Hamburg;Cologne;Lyon;Marseille;Amsterdam;Rotterdam;The Hague;Antwerp;Luxembourg;Monaco;Macau
    """

  struct Country: Sendable {
    let name: String
    let aliases: [String]
  }

  /// Lowercased country name, demonym or alias → the country.
  static let countries: [String: Country] = {
    var table: [String: Country] = [:]
    for entry in countryTable.split(separator: ";") {
      let names = entry.split(separator: "|").map { String($0).trimmingCharacters(inSet: .whitespacesAndCR) }
      guard let name = names.first else { continue }
      let country = Country(name: name, aliases: Array(names.dropFirst()))
      for n in names { table[n.lowercased()] = country }
    }
    return table
  }()

  /// `countries`, looked up by bytes.
  private static let countryLookup = LexiconTable(countries)

  /// Lowercased place name → display name.
  static let places: LexiconTable<String> = {
    var table: [String: String] = [:]
    for name in placeNames.split(separator: ";") {
      let n = String(name).trimmingCharacters(inSet: .whitespacesAndCR)
      table[n.lowercased()] = n
    }
    return LexiconTable(table)
  }()

  /// The country a name or demonym stands for ("Chinese" → China, "Russia's" → Russia).
  static func country(_ lower: String) -> Country? {
    if let c = countryLookup[lower] { return c }
    if lower.hasPlainSuffix("'s") { return countryLookup[String(lower.dropLast(2))] }
    return nil
  }

  /// Whether a lowercased word is a demonym rather than a country's own name.
  static func isDemonym(_ lower: String) -> Bool {
    demonyms.contains(lower)
  }

  /// Lowercased demonyms and aliases: the keys of `countries` that are not a country's own name.
  static let demonyms = LexiconSet(countries.filter { $0.key != $0.value.name.fastLowercased }.keys)
}
