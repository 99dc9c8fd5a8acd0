/**
 * Myanmar names: two to four syllables, with no family name and no given name the lists hold ("Min
 * Khant Zaw", "Soe Min Thu", "Tin Maung Oo"), often after an honorific ("U", "Daw"). Several
 * syllables are English words ("Win", "Tin", "May"), so a run counts only when it is made of the
 * common syllables alone and holds enough of those no other language writes.
 */

/** Syllables common in Myanmar names, as English-language outlets romanise them. */
const SYLLABLES: ReadonlySet<string> = new Set(
  ('Aung Kyaw Zaw Min Soe Tin Maung Oo Thu Naing Thiha Htoo Nyein Chan Ye Wint Pyae Sone Win Myo Thant Hlaing Myint Htun Tun Khant Thein Htet Phyo Hein ' +
    'Thura Zin Lwin Swe Nyunt Khin Thida Yadanar Ohn Shwe Than Hla Mya Nyi Ei Thet Moe Ko Lin Wai Yan Paing Sithu Htay Kyi Kyu Nay Wunna Thaw Zeya Nwe Cho ' +
    'Su Suu Hnin Pyo Thuzar Myat Nandar Khaing Sandar Aye May San Lay Phone Kaung Set Linn Latt Bo Thar Zayar Hlwan Htin Kyaing Sein Myat Pwint Nilar').split(' '),
);
/** Of those, the ones no English word or other language's given name shares. */
const DISTINCTIVE: ReadonlySet<string> = new Set(
  ('Aung Kyaw Zaw Soe Maung Oo Thu Naing Thiha Htoo Nyein Pyae Myo Thant Hlaing Myint Htun Tun Khant Thein Htet Phyo Hein Thura Lwin Swe Nyunt Khin ' +
    'Thida Yadanar Hnin Kyi Kyu Wunna Zeya Nwe Khaing Sandar Thuzar Myat Nandar Kaung Hlwan Htin Htay Sithu Paing Zayar Suu Kyaing Pwint').split(' '),
);
/** Honorifics before a Myanmar name: "U" for a man, "Daw" for a woman. */
const HONORIFICS: ReadonlySet<string> = new Set(['U', 'Daw']);

/** Whether the words are a Myanmar name: all common syllables, two of them distinctive, or one in three or four. */
export function burmeseName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4 || !words.every((w) => SYLLABLES.has(w))) return false;
  const distinctive = words.filter((w) => DISTINCTIVE.has(w)).length;
  return distinctive >= 2 || (distinctive >= 1 && words.length >= 3);
}

/** The words of a Myanmar name, its honorific taken off ("U Tin Maung Oo" → Tin Maung Oo); undefined when the words are none. */
export function burmeseNameWords(words: readonly string[]): readonly string[] | undefined {
  const name = HONORIFICS.has(words[0] ?? '') ? words.slice(1) : words;
  return burmeseName(name) ? name : undefined;
}
