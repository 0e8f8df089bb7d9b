/// The retail business processes a technical signal can put at risk.
public enum RetailProcess: String, Sendable, Codable, CaseIterable, Hashable {
    case orderCapture = "order-capture"
    case posSync = "pos-sync"
    case inventory = "inventory"
    case paymentReconciliation = "payment-reconciliation"
    case fulfilment = "fulfilment"
    case financialPosting = "financial-posting"

    /// The name a person reads.
    public var title: String {
        switch self {
        case .orderCapture: return "Order capture"
        case .posSync: return "POS synchronisation"
        case .inventory: return "Inventory updates"
        case .paymentReconciliation: return "Payment reconciliation"
        case .fulfilment: return "Fulfilment"
        case .financialPosting: return "Financial posting"
        }
    }
}
