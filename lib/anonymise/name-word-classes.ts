// Word classes the name classifier reads around a candidate: departments, family nouns, languages, place prefixes.
/** Capitalised words that follow "in", "at" or "to" without naming a place ("in Court", "at Panel"). */
export const NOT_PLACES = new Set(
  `court panel supervision care duty conference review practice school college university uni church work hospital
  office business training induction hand touch time person general total summary particular future
  practice future mind charge contact`.split(/\s+/u),
);

/** "the Wood family", "the Begum children": the word before is the family's surname. */
export const FAMILY_NOUNS = new Set(
  "family family's families children kids household siblings brothers sisters boys girls twins case".split(" "),
);

/** Departments people ring or email by name ("rang Housing", "emailed Legal"): not a person. */
export const DEPARTMENTS = new Set(
  `housing legal finance health education duty police payroll admin hr it estates procurement panel court courts
  reception facilities comms communications safeguarding schools transport pensions recruitment fostering adoption
  placements commissioning audit insurance security parking benefits camhs ofsted cafcass hmrc dwp`.split(/\s+/u),
);

/** First words of place names ("Great Missenden", "Upper Norwood"): kept when a name follows. */
export const PLACE_PREFIXES = new Set(
  "great little upper lower north south east west new old long high nether kings market broad church".split(" "),
);

/** "the Tigrinya interpreter": a capitalised word before these names a language. */
export const LANGUAGE_USE_AFTER = new Set(
  "interpreter interpreters interpreting translator translators translation speaker speakers speaking language".split(
    " ",
  ),
);

export const GROUP_NOUNS = new Set(
  `family families community communities mum mother dad father parents boy boys girl girls woman women man men child
  children kids people staff worker workers speakers language culture food heritage background descent household
  grandmother grandfather teenager teenagers students refugees nationals lads`.split(/\s+/u),
);

export const LANGUAGE_USE_BEFORE = new Set(
  "speaks speak spoke speaking translating translate translated translates interpreting fluent".split(" "),
);

/** Lower-case heads that make a capitalised word the name of a team or scheme ("Phoenix team", "Bridge project"). */
export const GROUP_HEADS = new Set(
  "team teams unit service services project projects group groups programme scheme network hub panel pod forum model".split(
    " ",
  ),
);
