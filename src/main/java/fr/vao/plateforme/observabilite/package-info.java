/**
 * Observability: the request id of every request (MDC, response header), the MDC carried to asynchronous listeners,
 * and the Prometheus counters of business events (ADR 0039, docs/observabilite.md).
 */
package fr.vao.plateforme.observabilite;
