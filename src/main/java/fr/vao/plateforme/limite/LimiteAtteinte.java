package fr.vao.plateforme.limite;

/** A per-address limit is reached: the request is answered 429 without running its handler. */
class LimiteAtteinte extends RuntimeException {

    private final transient LimitesDebit.Verdict verdict;

    LimiteAtteinte(LimitesDebit.Verdict verdict) {
        super(null, null, false, false);
        this.verdict = verdict;
    }

    LimitesDebit.Verdict verdict() {
        return verdict;
    }
}
