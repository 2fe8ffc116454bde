/**
 * Councils (hội đồng) that evaluate dossiers: identification, selection and acceptance councils with legal roles,
 * conflict-of-interest declarations, quorum, scoring templates, signed score sheets kept for ever, computed results
 * and minutes. Dossiers come from other modules through the {@link org.innoport.evaluation.DossierSource} SPI;
 * results leave as {@link org.innoport.evaluation.CouncilClosed}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "directory", "identity"})
package org.innoport.evaluation;
