// Protocol round trips through a real client over stdio (filled in by the speed work).
export async function runProtocolBench(quick: boolean): Promise<[string, string, string][]> {
  void quick;
  return [];
}
