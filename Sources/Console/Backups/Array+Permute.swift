extension Array {
    /// Puts the element at `order[i]` at position `i`, by swaps: no second copy of the array.
    mutating func permute(to order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            // Follow the cycle that starts here: each position takes the element its order names.
            var position = start
            while order[position] != start {
                swapAt(position, order[position])
                placed[position] = true
                position = order[position]
            }
            placed[position] = true
        }
    }
}
