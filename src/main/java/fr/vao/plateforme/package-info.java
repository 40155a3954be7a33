/**
 * Cross-cutting platform: security configuration, web layout and errors, clock, scheduled-job runs, feature flags.
 * An open module: every other module may use its sub-packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plateforme", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.vao.plateforme;
