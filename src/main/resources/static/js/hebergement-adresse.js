// Address autocompletion of the hébergement form (progressive enhancement): suggestions from the server, which asks
// the API Adresse; the chosen suggestion's BAN id goes into the hidden field adresseCle. Without this script, or when
// the service is down, the server resolves the typed text, and the manual form remains.
(function () {
  'use strict';
  var champ = document.getElementById('adresse');
  var liste = document.getElementById('adresse-suggestions');
  var cle = document.getElementById('adresseCle');
  var etat = document.getElementById('adresse-etat');
  if (!champ || !liste || !cle) { return; }
  var source = champ.getAttribute('data-suggestions');
  var cles = {};
  var minuterie = null;
  var numero = 0;

  function choisir() {
    cle.value = Object.prototype.hasOwnProperty.call(cles, champ.value) ? cles[champ.value] : '';
  }

  function chercher() {
    var texte = champ.value.trim();
    if (texte.length < 3 || Object.prototype.hasOwnProperty.call(cles, champ.value)) { return; }
    var n = ++numero;
    fetch(source + '?q=' + encodeURIComponent(texte), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) {
        if (!d || n !== numero) { return; }
        if (d.indisponible) {
          etat.textContent = etat.getAttribute('data-indisponible');
          var bloc = document.getElementById('adresse-manuelle-bloc');
          if (bloc) { bloc.open = true; }
          return;
        }
        etat.textContent = '';
        cles = {};
        liste.textContent = '';
        d.adresses.forEach(function (a) {
          cles[a.label] = a.cle;
          var option = document.createElement('option');
          option.value = a.label;
          liste.appendChild(option);
        });
        choisir();
      })
      .catch(function () { /* the server resolves the text at submission */ });
  }

  champ.addEventListener('input', function () {
    choisir();
    clearTimeout(minuterie);
    minuterie = setTimeout(chercher, 250);
  });
  champ.addEventListener('change', choisir);
})();
