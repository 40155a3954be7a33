// Maps of the hébergements (Leaflet), progressive enhancement only: every page gives the same information as text.
// Tiles come from data-tuiles (vao.carte.tuiles-url); without it, or when they do not load, the points remain.
(function () {
  'use strict';
  if (typeof L === 'undefined') { return; }

  function fond(carte, el) {
    var tuiles = el.getAttribute('data-tuiles');
    if (tuiles) {
      L.tileLayer(tuiles, { maxZoom: 19, attribution: el.getAttribute('data-attribution') || '' }).addTo(carte);
    }
  }

  // One hébergement: <div data-carte-point data-lat data-lon data-libelle>
  document.querySelectorAll('[data-carte-point]').forEach(function (el) {
    var lat = parseFloat(el.getAttribute('data-lat'));
    var lon = parseFloat(el.getAttribute('data-lon'));
    if (isNaN(lat) || isNaN(lon)) { return; }
    var carte = L.map(el).setView([lat, lon], 15);
    fond(carte, el);
    L.circleMarker([lat, lon], { radius: 9 }).addTo(carte).bindTooltip(el.getAttribute('data-libelle') || '');
  });

  // The back office map: the server sends the points (or groups) of the visible bounding box only.
  document.querySelectorAll('[data-carte-zone]').forEach(function (el) {
    var carte = L.map(el).setView([46.6, 2.4], 6);
    fond(carte, el);
    var calque = L.layerGroup().addTo(carte);
    var titre = document.getElementById('carte-liste-titre');
    var liste = document.getElementById('carte-liste');
    var requete = 0;

    function borner(v, min, max) { return Math.max(min, Math.min(max, v)); }

    function afficher(donnees) {
      calque.clearLayers();
      var ul = document.createElement('ul');
      donnees.points.forEach(function (p) {
        var li = document.createElement('li');
        if (p.id) {
          var a = document.createElement('a');
          a.href = el.getAttribute('data-fiche') + p.id;
          a.textContent = p.nom;
          li.appendChild(a);
          li.appendChild(document.createTextNode(' – ' + p.adresse));
          L.circleMarker([p.lat, p.lon], { radius: 7 }).addTo(calque).bindTooltip(p.nom)
            .on('click', function () { window.location.href = a.href; });
        } else {
          li.textContent = el.getAttribute('data-texte-groupe').replace('%LAT%', p.lat.toFixed(3))
            .replace('%LON%', p.lon.toFixed(3)).replace('%N%', String(p.nombre));
          L.circleMarker([p.lat, p.lon], { radius: Math.min(30, 8 + Math.log(p.nombre) * 3) }).addTo(calque)
            .bindTooltip(String(p.nombre))
            .on('click', function () { carte.setView([p.lat, p.lon], carte.getZoom() + 2); });
        }
        ul.appendChild(li);
      });
      liste.textContent = '';
      if (donnees.groupes) {
        var info = document.createElement('p');
        info.textContent = el.getAttribute('data-texte-groupes');
        liste.appendChild(info);
      }
      liste.appendChild(ul);
      titre.textContent = el.getAttribute('data-texte-total').replace('%N%', String(donnees.total));
    }

    function charger() {
      var b = carte.getBounds();
      var ouest = borner(b.getWest(), -180, 180), est = borner(b.getEast(), -180, 180);
      var sud = borner(b.getSouth(), -90, 90), nord = borner(b.getNorth(), -90, 90);
      if (!(ouest < est && sud < nord)) { return; }
      var numero = ++requete;
      var url = el.getAttribute('data-source') + '?ouest=' + ouest + '&sud=' + sud + '&est=' + est + '&nord=' + nord;
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (d) { if (d && numero === requete) { afficher(d); } })
        .catch(function () { /* the list rendered by the server remains */ });
    }

    carte.on('moveend', charger);
    charger();
  });
  // A map of the points listed in the page (the contrôle planning): <div data-carte-liste="ID"> draws each
  // <li data-lat data-lon data-libelle> of the element ID; a click on a point brings its list item into view.
  document.querySelectorAll('[data-carte-liste]').forEach(function (el) {
    var liste = document.getElementById(el.getAttribute('data-carte-liste'));
    var carte = L.map(el).setView([46.6, 2.4], 6);
    fond(carte, el);
    if (!liste) { return; }
    var bornes = [];
    liste.querySelectorAll('[data-lat][data-lon]').forEach(function (item) {
      var lat = parseFloat(item.getAttribute('data-lat'));
      var lon = parseFloat(item.getAttribute('data-lon'));
      if (isNaN(lat) || isNaN(lon)) { return; }
      L.circleMarker([lat, lon], { radius: 8 }).addTo(carte).bindTooltip(item.getAttribute('data-libelle') || '')
        .on('click', function () { item.scrollIntoView(); item.focus(); });
      bornes.push([lat, lon]);
    });
    if (bornes.length) { carte.fitBounds(bornes, { maxZoom: 13, padding: [24, 24] }); }
  });
})();
