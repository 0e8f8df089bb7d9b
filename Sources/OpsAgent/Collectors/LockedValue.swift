import NIOConcurrencyHelpers

/// NIO's lock box under a name that says what it is for here.
typealias NIOLockedValueBoxWrapper<Value> = NIOLockedValueBox<Value>
