public import Hummingbird
public import KizunaCore
public import Logging
import NIOCore

/// The router with every endpoint, and the list of routes it registered.
public func buildRouter(
    store: any Store, configuration: ServerConfiguration, metrics: ServerMetrics
) -> (router: Router<KizunaRequestContext>, routes: [RegisteredRoute]) {
    let membership = MembershipService(store: store, cache: CredentialCache())
    let intake = IntakeService(store: store)
    let reads = ReadService(store: store)
    let router = Router(context: KizunaRequestContext.self)
    router.add(middleware: MetricsMiddleware(metrics: metrics))
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: AuthenticationMiddleware(membership: membership))
    router.add(middleware: AccessLogMiddleware())
    let routes = RouteRecorder(router: router)
    SystemController(store: store, metrics: metrics).addRoutes(to: routes)
    MemberController(membership: membership, store: store).addRoutes(to: routes)
    BundleController(intake: intake, metrics: metrics, maxBundleBytes: configuration.maxBundleBytes).addRoutes(to: routes)
    ObjectController(reads: reads, intake: intake, store: store).addRoutes(to: routes)
    ExportController(exports: ExportService(reads: reads), store: store).addRoutes(to: routes)
    ImportController(
        imports: ImportService(intake: intake, warningLists: configuration.warningLists), store: store,
        maxBodyBytes: configuration.maxBundleBytes
    ).addRoutes(to: routes)
    MatchController(matching: MatchService(store: store, catalog: IndicatorCatalog()), maxBodyBytes: configuration.maxBundleBytes)
        .addRoutes(to: routes)
    TAXIIController(
        collections: CollectionService(store: store), reads: reads, intake: intake, store: store,
        maxContentLength: configuration.maxBundleBytes
    ).addRoutes(to: routes)
    return (router, routes.routes)
}

/// Builds the application: router, middleware and HTTP server on the configured address.
public func buildApplication(
    store: any Store, configuration: ServerConfiguration, logger: Logger,
    metrics: ServerMetrics = ServerMetrics(),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let (router, _) = buildRouter(store: store, configuration: configuration, metrics: metrics)
    return Application(
        router: router,
        server: .http1(configuration: .init(additionalChannelHandlers: [ExpectContinueHandler()])),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "kizuna"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}
