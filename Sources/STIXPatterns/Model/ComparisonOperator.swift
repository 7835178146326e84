/// A comparison operator, with its spelling in pattern text as raw value.
public enum ComparisonOperator: String, Sendable, Hashable {
    /// `=` (any primitive constant).
    case equal = "="
    /// `!=` (also written `<>`).
    case notEqual = "!="
    /// `<` (orderable constants: no booleans).
    case less = "<"
    /// `<=`.
    case lessOrEqual = "<="
    /// `>`.
    case greater = ">"
    /// `>=`.
    case greaterOrEqual = ">="
    /// `IN (…)`: membership in a non-empty list of constants.
    case `in` = "IN"
    /// `LIKE 'pattern'` with SQL `%` and `_` wildcards.
    case like = "LIKE"
    /// `MATCHES 'regex'` (PCRE).
    case matches = "MATCHES"
    /// `ISSUBSET 'cidr'`: the address is within the given subnet.
    case isSubset = "ISSUBSET"
    /// `ISSUPERSET 'cidr'`: the subnet contains the given address or subnet.
    case isSuperset = "ISSUPERSET"
    /// `EXISTS path` (written before the path, takes no constant).
    case exists = "EXISTS"
}
