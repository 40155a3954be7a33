package fr.vao.eig;

/** A type ticked on an EIG, with its précision ("Autre, à préciser"). */
public record TypeChoisi(String code, String precision) {
}
