// People whose words political study material does not present under their name: 林彪 and the
// members of the 林彪、江青 counter-revolutionary cliques named in the 1981 历史决议, and 赵紫阳, removed
// from all his posts in 1989. Documents they delivered stay readable and searchable (with their
// 报告人 as a fact), but no 金句 is credited to them and no question asks for or offers their name.
const UNCREDITED = new Set(['林彪', '陈伯达', '康生', '江青', '张春桥', '姚文元', '王洪文', '赵紫阳']);

export function isCreditable(name: string | null | undefined): boolean {
  return !!name && !UNCREDITED.has(name);
}
