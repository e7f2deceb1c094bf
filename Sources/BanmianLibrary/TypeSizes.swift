/// Type sizes measured from an OCR engine's boxes vary from line to line by a tenth; a page is set in a few
/// sizes. Clustering the measurements gives each line its size again.
public enum TypeSizes {
    /// Measurements closer than this ratio (sorted, each to the next) are one size.
    public static let sameSizeRatio = 1.08

    /// Each measurement's size: sorted measurements part where one is more than `sameSizeRatio` times the one
    /// before; each cluster takes the size most of its characters measured (weighted median), to a tenth of a
    /// point. `weights` are the characters of each measurement.
    public static func clustered(_ sizes: [Double], weights: [Int]) -> [Double] {
        guard sizes.count == weights.count, !sizes.isEmpty else { return sizes }
        let order = sizes.indices.sorted { sizes[$0] < sizes[$1] }
        var result = sizes
        var cluster: [Int] = []
        func close() {
            guard !cluster.isEmpty else { return }
            let total = cluster.reduce(0) { $0 + max(1, weights[$1]) }
            var seen = 0
            var median = sizes[cluster[0]]
            for index in cluster {
                seen += max(1, weights[index])
                if seen * 2 >= total {
                    median = sizes[index]
                    break
                }
            }
            let size = (median * 10).rounded() / 10
            for index in cluster { result[index] = size }
            cluster = []
        }
        for index in order {
            if let last = cluster.last, sizes[index] > sizes[last] * sameSizeRatio { close() }
            cluster.append(index)
        }
        close()
        return result
    }
}
