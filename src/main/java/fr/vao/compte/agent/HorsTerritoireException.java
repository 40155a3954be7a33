package fr.vao.compte.agent;

/** An administrator tried to give an account a territory outside its own perimeter (spec §2.4 rule 1): 403. */
public class HorsTerritoireException extends RuntimeException {

    public HorsTerritoireException() {
        super("L'administrateur ne peut pas créer de comptes en dehors de son territoire");
    }
}
