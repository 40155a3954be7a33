package fr.vao.agrement;

/** Why an organisation is no longer agréée (spec §3.3 {@code organisme_non_agree.nature_decision}). */
public enum NatureDecision {
    RETRAIT, SUSPENSION, NON_RENOUVELLEMENT, EXPIRE_SANS_RENOUVELLEMENT, LIQUIDATION_JUDICIAIRE;

    /** Message key of its label. */
    public String cle() {
        return "agrement.non-agree.nature." + name();
    }

    /** @return null for an unknown or blank code */
    public static NatureDecision deCode(String code) {
        for (NatureDecision n : values()) {
            if (n.name().equals(code)) {
                return n;
            }
        }
        return null;
    }
}
