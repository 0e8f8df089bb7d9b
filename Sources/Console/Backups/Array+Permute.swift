extension Array {
    /// Puts the element at `order[i]` at position `i`, by swaps: no second copy of the array.
    mutating func permute(to order: [Int]) {
        precondition(order.count == count, "an order names every position once")
        var placed = [Bool](repeating: false, count: count)
        // Swapped through the buffer: its swap moves the bytes, where the array's copied each
        // entry (retaining every field) at 10,000 environments.
        withUnsafeMutableBufferPointer { elements in
            for start in elements.indices where !placed[start] {
                // Follow the cycle that starts here: each position takes the element its order names.
                var position = start
                while order[position] != start {
                    elements.swapAt(position, order[position])
                    placed[position] = true
                    position = order[position]
                }
                placed[position] = true
            }
        }
    }
}
