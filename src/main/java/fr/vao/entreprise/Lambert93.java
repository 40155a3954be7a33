package fr.vao.entreprise;

/**
 * Lambert-93 (EPSG:2154, RGF93 on the GRS80 ellipsoid) to WGS84 latitude and longitude, by the inverse Lambert
 * conformal conic projection of the IGN (note NTG_71, algorithms ALG0004 and ALG0001): the isometric latitude comes
 * from the radius, the geographic latitude from it by iteration. RGF93 and WGS84 agree within a metre, so no datum
 * shift is applied.
 */
final class Lambert93 {

    /** A point in WGS84, in decimal degrees. */
    record Wgs84(double latitude, double longitude) {
    }

    private static final double N = 0.7256077650532670;
    private static final double C = 11754255.426096;
    private static final double XS = 700000.0;
    private static final double YS = 12655612.049876;
    private static final double E = 0.0818191910428158;
    private static final double LAMBDA_0 = Math.toRadians(3.0);
    private static final double TOLERANCE = 1e-12;
    private static final int ITERATIONS_MAX = 50;

    /** Where Lambert-93 is defined (EPSG:2154 area of use), in degrees. */
    private static final double LATITUDE_MIN = 41.15;
    private static final double LATITUDE_MAX = 51.56;
    private static final double LONGITUDE_MIN = -9.86;
    private static final double LONGITUDE_MAX = 10.38;

    /** INSEE's value for a coordinate it does not know. */
    static final String NON_DISPONIBLE = "[ND]";

    private Lambert93() {
    }

    /** The WGS84 point of the Lambert-93 coordinates, or null when they are outside metropolitan France. */
    static Wgs84 versWgs84(double x, double y) {
        double dx = x - XS;
        double dy = y - YS;
        double rayon = Math.hypot(dx, dy);
        if (!(rayon > 0) || Double.isInfinite(rayon)) {
            return null;
        }
        double gamma = Math.atan2(dx, -dy);
        double longitude = LAMBDA_0 + gamma / N;
        double latitudeIsometrique = -Math.log(rayon / C) / N;
        double latitude = latitude(latitudeIsometrique);
        Wgs84 point = new Wgs84(Math.toDegrees(latitude), Math.toDegrees(longitude));
        boolean enFrance = point.latitude() >= LATITUDE_MIN && point.latitude() <= LATITUDE_MAX
                && point.longitude() >= LONGITUDE_MIN && point.longitude() <= LONGITUDE_MAX;
        return enFrance ? point : null;
    }

    /**
     * The WGS84 point of INSEE's Lambert-93 strings ({@code coordonneeLambertAbscisseEtablissement},
     * {@code coordonneeLambertOrdonneeEtablissement}); null when either is missing, "[ND]" or not a number.
     */
    static Wgs84 versWgs84(String x, String y) {
        Double abscisse = nombre(x);
        Double ordonnee = nombre(y);
        return abscisse == null || ordonnee == null ? null : versWgs84(abscisse, ordonnee);
    }

    /** Geographic latitude (radians) of an isometric latitude on GRS80, iterated until it moves by less than 1e-12. */
    private static double latitude(double latitudeIsometrique) {
        double expL = Math.exp(latitudeIsometrique);
        double phi = 2 * Math.atan(expL) - Math.PI / 2;
        for (int i = 0; i < ITERATIONS_MAX; i++) {
            double esin = E * Math.sin(phi);
            double suivante = 2 * Math.atan(Math.pow((1 + esin) / (1 - esin), E / 2) * expL) - Math.PI / 2;
            if (Math.abs(suivante - phi) < TOLERANCE) {
                return suivante;
            }
            phi = suivante;
        }
        return phi;
    }

    private static Double nombre(String texte) {
        if (texte == null || texte.isBlank() || NON_DISPONIBLE.equals(texte.strip())) {
            return null;
        }
        try {
            double valeur = Double.parseDouble(texte.strip());
            return Double.isFinite(valeur) ? valeur : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
