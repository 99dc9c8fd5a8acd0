/**
 * The letters above ASCII that each language writes, lower-case: what tells a reading of a text in
 * the right character set from one in a neighbouring set. Croatian writes č, ć, đ, š and ž; no
 * language writes è, æ, š, ž and ð together, which is what Croatian becomes in Windows-1252.
 */
const ALPHABETS: readonly string[] = [
  // Latin
  'àâæçéèêëîïôœùûüÿ', // French
  'áéíñóúü', // Spanish, Galician, Basque
  'áâãàçéêíóôõú', // Portuguese
  'àèéìíîòóù', // Italian
  'äöüß', // German
  'éèëïöüáóú', // Dutch, Frisian, Afrikaans
  'æøåéóô', // Danish, Norwegian
  'åäöé', // Swedish
  'äöåšž', // Finnish
  'áéíóúýþæöð', // Icelandic
  'áéíóúçàèìòù', // Irish, Scottish Gaelic
  'âêîôûŵŷáéíóúàèìòùäëïöüẅÿ', // Welsh
  'àçèéíïòóúü', // Catalan
  'áčďéěíňóřšťúůýž', // Czech
  'áäčďéíĺľňóôŕšťúýž', // Slovak
  'ąćęłńóśźż', // Polish
  'áéíóöőúüű', // Hungarian
  'čćđšž', // Croatian, Bosnian, Serbian
  'čšž', // Slovenian
  'ăâîșțşţ', // Romanian
  'çğıöşüâî', // Turkish
  'ąčęėįšųūž', // Lithuanian
  'āčēģīķļņšūž', // Latvian
  'äöõüšž', // Estonian
  'ċġħżàèìòù', // Maltese
  'çë', // Albanian
  // Cyrillic
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', // Russian
  'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя', // Ukrainian
  'абвгдеёжзійклмнопрстуўфхцчшыьэюя', // Belarusian
  'абвгдежзийклмнопрстуфхцчшщъьюя', // Bulgarian
  'абвгдђежзијклљмнњопрстћуфхцчџш', // Serbian, Montenegrin
  'абвгдѓежзѕијклљмнњопрстќуфхцчџш', // Macedonian
  'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя', // Kazakh
  // Others written in the single-byte sets
  'αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ', // Greek
  'אבגדהוזחטיכךלמםנןסעפףצץקרשת', // Hebrew
  'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی', // Arabic, Persian, Urdu
];

const SETS: readonly ReadonlySet<string>[] = ALPHABETS.map((letters) => new Set(letters));

/**
 * The largest share of `letters` (lower-case, above ASCII) that one language writes: 1 when a single
 * language writes them all, 0 when none writes any.
 */
export function alphabetFit(letters: ReadonlySet<string>): number {
  if (letters.size === 0) return 1;
  let best = 0;
  for (const alphabet of SETS) {
    let held = 0;
    for (const letter of letters) if (alphabet.has(letter)) held++;
    if (held > best) best = held;
  }
  return best / letters.size;
}
