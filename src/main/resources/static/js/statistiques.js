// Statistics dashboards (issue 6): each <canvas data-graphique data-table> is drawn by Chart.js from the accessible
// table beside it, so that the chart and the table always show the same figures (no inline script: CSP).
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }
    var couleurs = ['#000091', '#e1000f', '#18753c', '#b34000', '#6a6af4', '#a558a0', '#009081'];
    document.querySelectorAll('canvas[data-graphique]').forEach(function (canvas) {
        var table = document.getElementById(canvas.getAttribute('data-table'));
        if (!table) {
            return;
        }
        var series = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
            return th.textContent.trim();
        }).slice(1);
        var lignes = Array.prototype.filter.call(table.querySelectorAll('tbody tr'), function (tr) {
            return tr.querySelector('th[scope=row]');
        });
        var libelles = lignes.map(function (tr) { return tr.querySelector('th').textContent.trim(); });
        var jeux = series.map(function (s, i) {
            return {
                label: s,
                backgroundColor: couleurs[i % couleurs.length],
                data: lignes.map(function (tr) {
                    return Number(tr.querySelectorAll('td')[i].getAttribute('data-valeur'));
                })
            };
        });
        new Chart(canvas, {
            type: canvas.getAttribute('data-graphique'),
            data: { labels: libelles, datasets: jeux },
            options: { responsive: true, maintainAspectRatio: false, animation: false }
        });
    });
})();
