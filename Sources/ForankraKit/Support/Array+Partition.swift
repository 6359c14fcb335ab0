extension Array {
    /// The first index whose element `belongs` accepts, in an array where every element it
    /// accepts comes after every element it does not.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
