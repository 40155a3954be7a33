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
});
