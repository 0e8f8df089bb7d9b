extension FreezeWindow {
    /// Every problem that makes this window unusable (empty when it is fine), each naming the
    /// field at fault, so a loader can report file, window and field.
    public func validate() -> [CalendarValidationError] {
        CompiledWindow.analyse(self).1
    }

    /// The window compiled for repeated expansion, throwing its first validation problem.
    public func compiled() throws(CalendarValidationError) -> CompiledWindow {
        try CompiledWindow(self)
    }
}
