import ArgumentParser
import KizunaCore

/// Turns domain errors into command-line errors with the same words.
enum Failure {
    static func report<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as KizunaError {
            throw ValidationError(error.description)
        }
    }
}
