// Progressive enhancement only: every page works without this script.
document.addEventListener('DOMContentLoaded', function () {
  // Move the focus to the error summary of a form sent back with errors (UI.md "Forms").
  var resume = document.getElementById('resume-erreurs');
  if (resume) { resume.focus(); }
  // Confirmation before an irreversible action when no DSFR modal is used: <form data-confirmation="Texte">.
  document.querySelectorAll('form[data-confirmation]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.getAttribute('data-confirmation'))) { e.preventDefault(); }
    });
  });
  // The same for one submit button of a form that has others: <button data-confirmation="Texte">.
  document.querySelectorAll('button[data-confirmation]').forEach(function (bouton) {
    bouton.addEventListener('click', function (e) {
      if (!window.confirm(bouton.getAttribute('data-confirmation'))) { e.preventDefault(); }
    });
  });
  // A tab whose content is opened on the server (the messagerie: opening it marks the messages read), shown by
  // loading its page with the tab selected: <button role="tab" data-onglet-page="/url">. Without this script the
  // tab's panel has a link to the same page.
  document.querySelectorAll('[data-onglet-page]').forEach(function (onglet) {
    onglet.addEventListener('click', function () { window.location.assign(onglet.getAttribute('data-onglet-page')); });
  });
});
