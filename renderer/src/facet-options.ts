// Select options for a facet (value → count): the most frequent first, labelled “值（数）”.
export const facetOptions = (facet: Record<string, number> | undefined) =>
  Object.entries(facet ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => ({ value: k, label: `${k}（${n}）` }));
