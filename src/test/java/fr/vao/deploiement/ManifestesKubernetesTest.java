package fr.vao.deploiement;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The manifests of {@code deploy/kubernetes} (ADR 0037) parsed into fabric8's typed Kubernetes model: a misspelt or
 * misplaced field lands in {@code additionalProperties} (the API server would drop or refuse it) and fails here; the
 * CloudNativePG resources, custom resources, are read into the small typed model below, unknown fields refused. Then
 * what a production deployment needs: replicas, probes, resources, non-root, PDB, autoscaling, and the wiring between
 * the objects (labels, ports, ConfigMap and Secret keys). Plain JUnit: no Spring context.
 */
class ManifestesKubernetesTest {

    static final Path DOSSIER = Path.of("deploy/kubernetes");
    /** fabric8 7+ is on Jackson 3, like Spring Boot 4. */
    static final ObjectMapper YAML = new YAMLMapper();
    static final ObjectMapper YAML_STRICT = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** Kept out of kustomization.yaml on purpose: applying it would overwrite the real keys with placeholders. */
    static final String MODELE_SECRET = "secret-modele.yaml";
    /** The keys of the secret CloudNativePG generates for the application's owner ({@code <cluster>-app}). */
    static final Set<String> CLES_SECRET_CNPG = Set.of("username", "password", "host", "port", "dbname", "uri",
            "jdbc-uri", "pgpass");

    static Map<String, List<HasMetadata>> parFichier = new HashMap<>();
    static List<HasMetadata> tous = new ArrayList<>();

    @BeforeAll
    static void lire() throws IOException {
        try (Stream<Path> fichiers = Files.list(DOSSIER)) {
            for (Path fichier : fichiers.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                if (fichier.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                List<HasMetadata> objets = YAML.readerFor(KubernetesResource.class).<HasMetadata>readValues(
                        fichier.toFile()).readAll().stream().filter(Objects::nonNull).toList();
                assertThat(objets).as(fichier + " est vide").isNotEmpty();
                parFichier.put(fichier.getFileName().toString(), objets);
                tous.addAll(objets);
            }
        }
    }

    // ---- parsing ---------------------------------------------------------------------------------------------------

    @Test
    void aucunChampInconnuDansLesObjetsKubernetes() {
        for (HasMetadata objet : tous) {
            List<String> inconnus = new ArrayList<>();
            if (objet instanceof GenericKubernetesResource generique) {
                parcourir(generique.getMetadata(), nom(objet) + ".metadata", inconnus);
            } else {
                parcourir(objet, nom(objet), inconnus);
            }
            assertThat(inconnus).as("champs inconnus du modèle Kubernetes").isEmpty();
        }
    }

    @Test
    void lesRessourcesCloudNativePgSuiventLeurModele() {
        List<GenericKubernetesResource> cnpg = tous.stream()
                .filter(o -> o.getApiVersion().equals("postgresql.cnpg.io/v1"))
                .map(GenericKubernetesResource.class::cast).toList();
        assertThat(cnpg).extracting(HasMetadata::getKind).containsExactlyInAnyOrder("Cluster", "ScheduledBackup");
        assertThat(tous).filteredOn(o -> o instanceof GenericKubernetesResource).hasSize(cnpg.size());

        Cluster cluster = spec(cnpg, "Cluster", Cluster.class);
        assertThat(cluster.instances()).isEqualTo(3);
        assertThat(cluster.primaryUpdateStrategy()).isIn("unsupervised", "supervised");
        assertThat(cluster.storage().size()).isNotBlank();
        assertThat(cluster.bootstrap().initdb().database()).isEqualTo("vao");
        parcourirSansInconnus(cluster.resources(), "Cluster.spec.resources");
        BarmanObjectStore barman = cluster.backup().barmanObjectStore();
        assertThat(barman.destinationPath()).startsWith("s3://");
        assertThat(cluster.backup().retentionPolicy()).matches("\\d+[dwm]");
        Set<String> cles = clesDesSecrets();
        for (SecretKeySelector ref : List.of(barman.s3Credentials().accessKeyId(),
                barman.s3Credentials().secretAccessKey())) {
            assertThat(cles).as("clé du secret des sauvegardes").contains(ref.name() + "/" + ref.key());
        }

        ScheduledBackup sauvegarde = spec(cnpg, "ScheduledBackup", ScheduledBackup.class);
        assertThat(sauvegarde.cluster().name()).isEqualTo(nomDuCluster());
        assertThat(sauvegarde.schedule().split(" ")).as("cron à six champs de CloudNativePG").hasSize(6);
        assertThat(sauvegarde.backupOwnerReference()).isIn("none", "self", "cluster");
    }

    @Test
    void kustomizationListeChaqueManifesteSaufLeModeleDeSecret() throws IOException {
        Map<?, ?> kustomization = YAML.readValue(DOSSIER.resolve("kustomization.yaml").toFile(), Map.class);
        Set<String> attendus = new HashSet<>(parFichier.keySet());
        attendus.remove(MODELE_SECRET);
        assertThat(Set.copyOf((List<?>) kustomization.get("resources"))).isEqualTo(attendus);
        List<?> images = (List<?>) kustomization.get("images");
        Set<String> nomsImages = images.stream().map(i -> (String) ((Map<?, ?>) i).get("name"))
                .collect(Collectors.toSet());
        assertThat(conteneurs()).extracting(Container::getImage).allMatch(nomsImages::contains);
    }

    // ---- the application -------------------------------------------------------------------------------------------

    @Test
    void leDeploiementAAuMoinsDeuxReplicasEtUneMiseAJourSansInterruption() {
        Deployment deploiement = deploiement();
        assertThat(deploiement.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(deploiement.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(deploiement.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
                .isEqualTo(new IntOrString(0));
        assertThat(deploiement.getSpec().getSelector().getMatchLabels())
                .isEqualTo(deploiement.getSpec().getTemplate().getMetadata().getLabels());
        assertThat(pod().getTopologySpreadConstraints()).isNotEmpty();
    }

    @Test
    void chaqueConteneurASesSondesEtSesRessources() {
        for (Container conteneur : conteneurs()) {
            assertThat(sonde(conteneur, conteneur.getLivenessProbe()).getPath())
                    .isEqualTo("/actuator/health/liveness");
            assertThat(sonde(conteneur, conteneur.getReadinessProbe()).getPath())
                    .isEqualTo("/actuator/health/readiness");
            Probe demarrage = conteneur.getStartupProbe();
            sonde(conteneur, demarrage);
            assertThat(demarrage.getPeriodSeconds() * demarrage.getFailureThreshold())
                    .as("Flyway migre au démarrage : quelques minutes au moins").isGreaterThanOrEqualTo(120);
            ResourceRequirements ressources = conteneur.getResources();
            assertThat(ressources.getRequests()).containsKeys("cpu", "memory");
            assertThat(ressources.getLimits()).containsKeys("cpu", "memory");
            assertThat(ressources.getLimits().get("memory").getNumericalAmount())
                    .isGreaterThanOrEqualTo(ressources.getRequests().get("memory").getNumericalAmount());
        }
    }

    @Test
    void lesSondesVisentLePortDeGestionDeLApplication() {
        String port = configMap().getData().get("MANAGEMENT_SERVER_PORT");
        assertThat(deploiement().getSpec().getTemplate().getMetadata().getAnnotations())
                .as("Prometheus lit l'actuator sur ce port").containsEntry("prometheus.io/port", port);
        for (Container conteneur : conteneurs()) {
            ContainerPort gestion = conteneur.getPorts().stream()
                    .filter(p -> p.getContainerPort().toString().equals(port)).findFirst().orElseThrow();
            for (Probe sonde : List.of(conteneur.getLivenessProbe(), conteneur.getReadinessProbe(),
                    conteneur.getStartupProbe())) {
                assertThat(portDuConteneur(conteneur, sonde.getHttpGet().getPort())).isEqualTo(gestion);
            }
        }
    }

    @Test
    void chaqueConteneurTourneSansDroitsRoot() {
        PodSpec pod = pod();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        for (Container conteneur : conteneurs()) {
            SecurityContext securite = conteneur.getSecurityContext();
            assertThat(securite.getRunAsNonRoot()).isTrue();
            assertThat(securite.getRunAsUser()).isPositive();
            assertThat(securite.getAllowPrivilegeEscalation()).isFalse();
            assertThat(securite.getReadOnlyRootFilesystem()).isTrue();
            assertThat(securite.getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(securite.getCapabilities().getAdd()).isNullOrEmpty();
            assertThat(securite.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            // read-only root: /tmp (java.io.tmpdir of the image) is an emptyDir
            String volume = conteneur.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst().orElseThrow().getName();
            assertThat(pod.getVolumes()).anyMatch(v -> v.getName().equals(volume) && v.getEmptyDir() != null);
        }
    }

    @Test
    void leDelaiDArretCouvreLArretGracieuxDeSpring() throws IOException {
        Properties proprietes = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            proprietes.load(in);
        }
        long phase = Duration.parse("PT" + proprietes.getProperty("spring.lifecycle.timeout-per-shutdown-phase")
                .toUpperCase()).toSeconds();
        for (Container conteneur : conteneurs()) {
            long attente = conteneur.getLifecycle().getPreStop().getSleep().getSeconds();
            assertThat(pod().getTerminationGracePeriodSeconds()).isGreaterThan(attente + phase);
        }
    }

    // ---- around it -------------------------------------------------------------------------------------------------

    @Test
    void lePdbProtegeLesPodsDuDeploiement() {
        PodDisruptionBudget pdb = unique(PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getSelector().getMatchLabels())
                .isNotEmpty()
                .isEqualTo(deploiement().getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isBetween(1, deploiement().getSpec().getReplicas() - 1);
    }

    @Test
    void lAutoscalerGardeAuMoinsDeuxReplicasDuDeploiement() {
        HorizontalPodAutoscaler hpa = unique(HorizontalPodAutoscaler.class);
        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThanOrEqualTo(hpa.getSpec().getMinReplicas());
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deploiement().getMetadata().getName());
        assertThat(hpa.getSpec().getMetrics()).isNotEmpty();
    }

    @Test
    void leServiceEtLesIngressMenentAuPortDuConteneur() {
        Service service = unique(Service.class);
        assertThat(service.getSpec().getSelector()).isEqualTo(deploiement().getSpec().getSelector().getMatchLabels());
        Container conteneur = conteneurs().get(0);
        for (ServicePort port : service.getSpec().getPorts()) {
            portDuConteneur(conteneur, port.getTargetPort());
        }
        List<Ingress> ingress = tous(Ingress.class);
        assertThat(ingress).hasSize(2);
        Set<String> hotes = new HashSet<>();
        for (Ingress i : ingress) {
            Set<String> tls = i.getSpec().getTls().stream().flatMap(t -> t.getHosts().stream())
                    .collect(Collectors.toSet());
            i.getSpec().getRules().forEach(regle -> {
                assertThat(tls).as("TLS de " + regle.getHost()).contains(regle.getHost());
                hotes.add(regle.getHost());
                regle.getHttp().getPaths().forEach(chemin -> {
                    IngressServiceBackend arriere = chemin.getBackend().getService();
                    assertThat(arriere.getName()).isEqualTo(service.getMetadata().getName());
                    ServicePort port = service.getSpec().getPorts().stream()
                            .filter(p -> Objects.equals(p.getName(), arriere.getPort().getName())
                                    || Objects.equals(p.getPort(), arriere.getPort().getNumber()))
                            .findFirst().orElseThrow();
                    assertThat(portDuConteneur(conteneur, port.getTargetPort()).getContainerPort())
                            .as("l'Ingress ne route que le port HTTP, jamais l'actuator").isEqualTo(8080);
                });
            });
        }
        assertThat(hotes).as("un hôte par portail").hasSize(2);
        Map<String, String> config = configMap().getData();
        assertThat(hotes).contains(hote(config.get("VAO_URL_ORGANISATEUR")), hote(config.get("VAO_URL_ADMINISTRATION")));
    }

    @Test
    void chaqueCleReferenceeExisteDansLesModeles() {
        Set<String> clesSecrets = clesDesSecrets();
        Set<String> clesConfig = configMap().getData().keySet().stream()
                .map(c -> configMap().getMetadata().getName() + "/" + c).collect(Collectors.toSet());
        Set<String> nomsObjets = tous.stream().map(o -> o.getMetadata().getName()).collect(Collectors.toSet());
        Set<String> utilisees = new HashSet<>();
        for (Container conteneur : conteneurs()) {
            for (EnvFromSource source : conteneur.getEnvFrom()) {
                String nom = source.getConfigMapRef() != null ? source.getConfigMapRef().getName()
                        : source.getSecretRef().getName();
                assertThat(nomsObjets).as("envFrom " + nom).contains(nom);
            }
            for (EnvVar variable : conteneur.getEnv()) {
                var valeur = variable.getValueFrom();
                if (valeur == null) {
                    continue;
                }
                if (valeur.getConfigMapKeyRef() != null) {
                    assertThat(clesConfig).contains(valeur.getConfigMapKeyRef().getName() + "/"
                            + valeur.getConfigMapKeyRef().getKey());
                } else {
                    String nom = valeur.getSecretKeyRef().getName();
                    String cle = valeur.getSecretKeyRef().getKey();
                    if (nom.equals(nomDuCluster() + "-app")) {
                        assertThat(CLES_SECRET_CNPG).as("secret généré par CloudNativePG").contains(cle);
                    } else {
                        assertThat(clesSecrets).as("secretKeyRef " + variable.getName()).contains(nom + "/" + cle);
                        utilisees.add(nom + "/" + cle);
                    }
                }
            }
        }
        Set<String> secretsApplication = clesSecrets.stream()
                .filter(c -> c.startsWith(secret("vao-secrets").getMetadata().getName() + "/"))
                .collect(Collectors.toSet());
        assertThat(utilisees).as("chaque clé du modèle de Secret est lue par l'application")
                .isEqualTo(secretsApplication);
    }

    @Test
    void chaqueVariableDesModelesEstDocumentee() throws IOException {
        StringBuilder documentation = new StringBuilder(Files.readString(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            for (Path doc : docs.filter(f -> f.toString().endsWith(".md")).toList()) {
                documentation.append(Files.readString(doc));
            }
        }
        Set<String> variables = new HashSet<>(configMap().getData().keySet());
        variables.addAll(secret("vao-secrets").getStringData().keySet());
        conteneurs().forEach(c -> c.getEnv().forEach(e -> variables.add(e.getName())));
        assertThat(variables.stream().filter(v -> !documentation.toString().contains("`" + v + "`")).sorted())
                .as("variables des manifestes absentes du README et de docs/").isEmpty();
        assertThat(variables).doesNotContain("SPRING_PROFILES_ACTIVE");
        assertThat(configMap().getData()).containsEntry("VAO_ANTIVIRUS_MODE", "required");
    }

    // ---- the typed model of the CloudNativePG resources used (postgresql.cnpg.io/v1) -------------------------------

    record Cluster(int instances, String imageName, String primaryUpdateStrategy, Bootstrap bootstrap,
            Postgresql postgresql, Stockage storage, Stockage walStorage, ResourceRequirements resources,
            Affinite affinity, Sauvegarde backup) {
    }

    record Bootstrap(Initdb initdb) {
    }

    record Initdb(String database, String owner) {
    }

    record Postgresql(Map<String, String> parameters) {
    }

    record Stockage(String size, String storageClass) {
    }

    record Affinite(Boolean enablePodAntiAffinity, String topologyKey) {
    }

    record Sauvegarde(String retentionPolicy, BarmanObjectStore barmanObjectStore) {
    }

    record BarmanObjectStore(String destinationPath, String endpointURL, S3Credentials s3Credentials,
            Compression wal, Compression data) {
    }

    record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey) {
    }

    record SecretKeySelector(String name, String key) {
    }

    record Compression(String compression) {
    }

    record ScheduledBackup(String schedule, String backupOwnerReference, Reference cluster) {
    }

    record Reference(String name) {
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    static <T> T spec(List<GenericKubernetesResource> ressources, String kind, Class<T> modele) {
        GenericKubernetesResource ressource = ressources.stream().filter(r -> r.getKind().equals(kind))
                .findFirst().orElseThrow();
        assertThat(ressource.getAdditionalProperties().keySet()).as(kind).containsExactly("spec");
        return YAML_STRICT.convertValue(ressource.getAdditionalProperties().get("spec"), modele);
    }

    static String nomDuCluster() {
        return tous.stream().filter(o -> o.getKind().equals("Cluster")).findFirst().orElseThrow()
                .getMetadata().getName();
    }

    /** Every value found under a getter of the fabric8 model, recursively; non-empty additionalProperties noted. */
    static void parcourir(Object valeur, String chemin, List<String> inconnus) {
        if (valeur == null || valeur instanceof String || valeur instanceof Number || valeur instanceof Boolean
                || valeur instanceof Enum<?>) {
            return;
        }
        if (valeur instanceof Collection<?> liste) {
            int i = 0;
            for (Object element : liste) {
                parcourir(element, chemin + "[" + i++ + "]", inconnus);
            }
            return;
        }
        if (valeur instanceof Map<?, ?> table) {
            table.forEach((cle, v) -> parcourir(v, chemin + "." + cle, inconnus));
            return;
        }
        if (!valeur.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method methode : valeur.getClass().getMethods()) {
            if (methode.getParameterCount() != 0 || Modifier.isStatic(methode.getModifiers())
                    || !(methode.getName().startsWith("get") || methode.getName().startsWith("is"))
                    || methode.getDeclaringClass() == Object.class) {
                continue;
            }
            Object contenu;
            try {
                contenu = methode.invoke(valeur);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (methode.getName().equals("getAdditionalProperties")) {
                if (contenu instanceof Map<?, ?> autres && !autres.isEmpty()) {
                    inconnus.add(chemin + " : " + autres.keySet());
                }
            } else if (!(contenu instanceof String)) {
                parcourir(contenu, chemin + "." + methode.getName(), inconnus);
            }
        }
    }

    static void parcourirSansInconnus(Object valeur, String chemin) {
        List<String> inconnus = new ArrayList<>();
        parcourir(valeur, chemin, inconnus);
        assertThat(inconnus).isEmpty();
    }

    static HTTPGetAction sonde(Container conteneur, Probe sonde) {
        assertThat(sonde).as("sonde du conteneur " + conteneur.getName()).isNotNull();
        assertThat(sonde.getHttpGet()).isNotNull();
        portDuConteneur(conteneur, sonde.getHttpGet().getPort());
        return sonde.getHttpGet();
    }

    static ContainerPort portDuConteneur(Container conteneur, IntOrString port) {
        return conteneur.getPorts().stream()
                .filter(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName())
                        : port.getIntVal().equals(p.getContainerPort()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("port " + port + " absent du conteneur " + conteneur.getName()));
    }

    static Set<String> clesDesSecrets() {
        return tous(Secret.class).stream().flatMap(s -> s.getStringData().keySet().stream()
                .map(c -> s.getMetadata().getName() + "/" + c)).collect(Collectors.toSet());
    }

    static String hote(String url) {
        return java.net.URI.create(url).getHost();
    }

    static String nom(HasMetadata objet) {
        return objet.getKind() + "/" + objet.getMetadata().getName();
    }

    static <T extends HasMetadata> List<T> tous(Class<T> type) {
        return tous.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T unique(Class<T> type) {
        List<T> objets = tous(type);
        assertThat(objets).as(type.getSimpleName()).hasSize(1);
        return objets.get(0);
    }

    static Deployment deploiement() {
        return unique(Deployment.class);
    }

    static PodSpec pod() {
        return deploiement().getSpec().getTemplate().getSpec();
    }

    static List<Container> conteneurs() {
        List<Container> conteneurs = pod().getContainers();
        assertThat(conteneurs).isNotEmpty();
        return conteneurs;
    }

    static ConfigMap configMap() {
        return unique(ConfigMap.class);
    }

    static Secret secret(String nom) {
        return tous(Secret.class).stream().filter(s -> s.getMetadata().getName().equals(nom)).findFirst()
                .orElseThrow();
    }
}
