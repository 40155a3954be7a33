// "Copier" buttons: <div hidden data-copier-bloc><button data-copier="id-of-the-field" data-copie="Copied message">
// </div>, the message shown in the element "id-of-the-field-statut". Progressive enhancement: the button stays
// hidden without this script or the Clipboard API (the field can still be selected and copied by hand).
(function () {
  function initialiser() {
    document.querySelectorAll('button[data-copier]').forEach(function (bouton) {
      var champ = document.getElementById(bouton.getAttribute('data-copier'));
      var statut = document.getElementById(bouton.getAttribute('data-copier') + '-statut');
      if (!champ || !navigator.clipboard) { return; }
      var bloc = bouton.closest('[data-copier-bloc]');
      if (bloc) { bloc.hidden = false; }
      bouton.addEventListener('click', function () {
        navigator.clipboard.writeText(champ.value.trim()).then(function () {
          if (statut) { statut.textContent = bouton.getAttribute('data-copie'); }
        }, function () {
          champ.focus();
          champ.select();
        });
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initialiser);
  } else {
    initialiser();
  }
})();
