/// A binary min-heap: the demo's pending shopper events, earliest first, in O(log n) per push
/// and pop, so a hundred thousand carts stay cheap.
struct DemoEventQueue<Element> {
    private var items: [Element] = []
    private let precedes: (Element, Element) -> Bool

    init(by precedes: @escaping (Element, Element) -> Bool) {
        self.precedes = precedes
    }

    var first: Element? { self.items.first }
    var isEmpty: Bool { self.items.isEmpty }

    mutating func push(_ element: Element) {
        self.items.append(element)
        var child = self.items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard self.precedes(self.items[child], self.items[parent]) else { break }
            self.items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !self.items.isEmpty else { return nil }
        self.items.swapAt(0, self.items.count - 1)
        let top = self.items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var best = parent
            if left < self.items.count, self.precedes(self.items[left], self.items[best]) { best = left }
            if right < self.items.count, self.precedes(self.items[right], self.items[best]) { best = right }
            guard best != parent else { break }
            self.items.swapAt(parent, best)
            parent = best
        }
        return top
    }
}
