// Address autocompletion of the organisers' forms (progressive enhancement): every <input data-suggestions="url"
// list="…"> gets suggestions from the server, which asks the API Adresse. Optional attributes: data-cle (id of a
// hidden field receiving the chosen suggestion's BAN id), data-etat (id of a polite live region saying when the
// service is down, with its data-indisponible text), data-manuel (id of a <details> opened then: the manual form).
// Without this script, or when the service is down, the typed text is kept and the server resolves or stores it.
(function () {
  'use strict';

  function activer(champ) {
    if (champ.getAttribute('data-suggestions-actives')) { return; }
    champ.setAttribute('data-suggestions-actives', 'true');
    var liste = champ.list;
    var source = champ.getAttribute('data-suggestions');
    var cle = document.getElementById(champ.getAttribute('data-cle') || '');
    var etat = document.getElementById(champ.getAttribute('data-etat') || '');
    var manuel = document.getElementById(champ.getAttribute('data-manuel') || '');
    if (!liste || !source) { return; }
    var cles = {};
    var minuterie = null;
    var numero = 0;

    function choisir() {
      if (cle) { cle.value = Object.prototype.hasOwnProperty.call(cles, champ.value) ? cles[champ.value] : ''; }
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
            if (etat) { etat.textContent = etat.getAttribute('data-indisponible'); }
            if (manuel) { manuel.open = true; }
            return;
          }
          if (etat) { etat.textContent = ''; }
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
        .catch(function () { /* the typed text stays */ });
    }

    champ.addEventListener('input', function () {
      choisir();
      clearTimeout(minuterie);
      minuterie = setTimeout(chercher, 250);
    });
    champ.addEventListener('change', choisir);
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[data-suggestions]'), activer);
})();
