// The year a formulation was put forward, for the lexicon's formulations that neither the bundled
// reports nor any study document has (so no first year can be read from the library): without it a
// 2021 formulation (两个结合) could stand as a distractor beside a 1979 report. Only years that are
// a matter of record; a formulation whose origin is uncertain (两新组织) is left out, undated.
export const KNOWN_YEARS: ReadonlyMap<string, number> = new Map([
  ['二五', 1958], // the Second Five-Year Plan, 1958–1962
  ['两个务必', 1949], // 七届二中全会
  ['双百方针', 1956], // 百花齐放、百家争鸣, put forward in 1956
  ['四位一体', 2006], // 社会建设 added to the overall layout (十六届六中全会)
  ['八荣八耻', 2006],
  ['老虎、苍蝇一起打', 2013], // 十八届中央纪委二次全会
  ['藏粮于地、藏粮于技', 2015], // the 13th Five-Year Plan proposal
  ['双碳', 2020], // 碳达峰、碳中和 goals announced in September 2020
  ['两个结合', 2021], // 庆祝中国共产党成立100周年大会
  ['金融强国', 2023], // 中央金融工作会议
]);
