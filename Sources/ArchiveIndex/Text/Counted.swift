/// A count with its noun in the right number: `counted(1, "document")` is "1 document",
/// `counted(3, "document")` "3 documents", `counted(2, "entry", "entries")` "2 entries".
/// Chinese has no plural, so the pages' Chinese strings need none of this.
public func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
}
