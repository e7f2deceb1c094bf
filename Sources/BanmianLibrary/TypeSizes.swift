/// Type sizes measured from an OCR engine's boxes vary from line to line by a tenth; a page is set in a few
/// sizes. Clustering the measurements gives each line its size again.
public enum TypeSizes {
    /// Measurements within this ratio of the body's size are the body's size…
    public static let bodyRatio = 1.06
    /// …and others closer than this ratio (sorted, each to the next) are one size.
    public static let sameSizeRatio = 1.06

    /// Each measurement's size. The body's size is the one most characters measured (their weighted median),
    /// and every measurement within `bodyRatio` of it is the body's; the others, below and above that band apart,
    /// part where one is more than `sameSizeRatio` times the one before, and each such cluster takes the size
    /// most of its characters measured. To a tenth of a point. `weights` are the characters of each measurement.
    public static func clustered(_ sizes: [Double], weights: [Int]) -> [Double] {
        guard sizes.count == weights.count, !sizes.isEmpty else { return sizes }
        let all = Array(sizes.indices)
        let body = weightedMedian(all, sizes, weights)
        var result = sizes
        let inBody = all.filter { sizes[$0] <= body * bodyRatio && sizes[$0] >= body / bodyRatio }
        for index in inBody { result[index] = rounded(body) }
        for side in [all.filter { sizes[$0] < body / bodyRatio }, all.filter { sizes[$0] > body * bodyRatio }] {
            var cluster: [Int] = []
            for index in side.sorted(by: { sizes[$0] < sizes[$1] }) {
                if let last = cluster.last, sizes[index] > sizes[last] * sameSizeRatio {
                    let size = weightedMedian(cluster, sizes, weights)
                    for member in cluster { result[member] = rounded(size) }
                    cluster = []
                }
                cluster.append(index)
            }
            let size = cluster.isEmpty ? 0 : weightedMedian(cluster, sizes, weights)
            for member in cluster { result[member] = rounded(size) }
        }
        return result
    }

    /// The size at which half of the characters of `members` are measured smaller.
    private static func weightedMedian(_ members: [Int], _ sizes: [Double], _ weights: [Int]) -> Double {
        let sorted = members.sorted { sizes[$0] < sizes[$1] }
        let total = sorted.reduce(0) { $0 + max(1, weights[$1]) }
        var seen = 0
        for index in sorted {
            seen += max(1, weights[index])
            if seen * 2 >= total { return sizes[index] }
        }
        return sorted.last.map { sizes[$0] } ?? 0
    }

    private static func rounded(_ size: Double) -> Double { (size * 10).rounded() / 10 }
}
