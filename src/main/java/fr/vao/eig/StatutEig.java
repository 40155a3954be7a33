package fr.vao.eig;

/** The statuses of an EIG (spec §2.9): a draft, submitted, read by both services. */
public enum StatutEig {
    BROUILLON, ENVOYE, LU
}
