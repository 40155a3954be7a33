// Password strength hint under fields marked data-force-mot-de-passe (templates/compte/mot-de-passe.html).
// Progressive enhancement only: it never blocks the form; the server applies the policy (ADR 0002).
(function () {
  if (window.vaoForceMotDePasse) { return; }
  window.vaoForceMotDePasse = true;

  function force(valeur) {
    var longueur = Array.from(valeur).length;
    var familles = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter(function (r) { return r.test(valeur); }).length;
    var distincts = new Set(Array.from(valeur.toLowerCase())).size;
    if (longueur < 12 || distincts < 5) { return 'faible'; }
    if (longueur >= 20 || (longueur >= 14 && familles >= 3) || (longueur >= 16 && familles >= 2)) { return 'bonne'; }
    return 'moyenne';
  }

  function initialiser() {
    document.querySelectorAll('input[data-force-mot-de-passe]').forEach(function (champ) {
      var cible = document.getElementById(champ.getAttribute('data-force-cible'));
      if (!cible) { return; }
      champ.addEventListener('input', function () {
        if (!champ.value) { cible.textContent = ''; cible.removeAttribute('data-force'); return; }
        var niveau = force(champ.value);
        cible.textContent = champ.getAttribute('data-texte-' + niveau);
        cible.setAttribute('data-force', niveau);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initialiser);
  } else {
    initialiser();
  }
})();
