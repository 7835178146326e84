import Foundation
public import Prometheus

/// The server's Prometheus metrics, in a registry of its own (no global metrics system).
public final class ServerMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5),
    ]

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// Counts one answered request and records how long it took.
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        self.registry.makeCounter(
            descriptor: .init(
                namespace: "kizuna", metricName: "http_requests", unitName: "total", helpText: "HTTP requests answered"),
            labels: labels
        ).increment()
        self.registry.makeDurationHistogram(
            descriptor: .init(
                namespace: "kizuna", metricName: "http_request_duration", unitName: "seconds",
                helpText: "HTTP request latency"),
            labels: [("method", method), ("route", route)], buckets: Self.buckets
        ).record(duration)
    }

    /// Counts objects accepted by ingest, per status.
    func recordIngest(status: String, count: Int) {
        guard count > 0 else { return }
        self.registry.makeCounter(
            descriptor: .init(
                namespace: "kizuna", metricName: "ingested_objects", unitName: "total",
                helpText: "Objects submitted, by outcome"),
            labels: [("status", status)]
        ).increment(by: Int64(count))
    }

    /// Sets the number of object versions in the store.
    func setStoredObjects(_ count: Int) {
        self.registry.makeGauge(
            descriptor: .init(
                namespace: "kizuna", metricName: "stored_object_versions", unitName: "",
                helpText: "Object versions in the store")
        ).set(to: Double(count))
    }
}
