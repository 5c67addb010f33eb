/*
 * The fact form's source: pick a recorded one, found by typing, or describe a new one.
 *
 * Typing in the search box asks the server for the recorded sources that match (the options of the
 * picker, rendered by the server: GET {subject}/facts/sources?q=…) and puts them in the picker, keeping
 * the one chosen; the status line says how many were found, for screen readers too. Enter in the search
 * box searches at once and does not send the form. While a recorded source is picked, the fields of a new
 * source are hidden and disabled: they would not be read. Without this script the form's Find button
 * does the search, and all the new source's fields stay in sight.
 * Loaded with defer from the form page only; the CSP allows same-origin scripts and requests only.
 */
(function () {
    'use strict';
    var form = document.querySelector('form[data-fact-form], form[data-dispute-form]');
    var picker = form && form.querySelector('#sourceId');
    var fresh = form && form.querySelector('.new-source');
    if (!picker || !fresh) {
        return;
    }

    function fitNewSource() {
        var picked = picker.value !== '';
        fresh.hidden = picked;
        fresh.querySelectorAll('input, select, textarea').forEach(function (control) {
            control.disabled = picked;
        });
    }

    picker.addEventListener('change', fitNewSource);
    fitNewSource();

    var query = form.querySelector('#sourceQuery');
    var status = form.querySelector('#sourceQuery-status');
    var address = picker.getAttribute('data-options');
    if (!query || !status || !address) {
        return;
    }
    var timer = null;
    var asked = 0;

    /* The picker's options after the first ("a new source"), with the chosen one kept if not found again. */
    function replaceOptions(found) {
        var chosen = picker.options[picker.selectedIndex];
        var keep = chosen && chosen.value !== '' ? chosen : null;
        while (picker.options.length > 1) {
            picker.remove(1);
        }
        var seen = false;
        found.forEach(function (option) {
            seen = seen || (keep !== null && option.value === keep.value);
            picker.appendChild(option);
        });
        if (keep !== null) {
            if (!seen) {
                picker.insertBefore(keep, picker.options[1] || null);
            }
            picker.value = keep.value;
        }
    }

    function search() {
        var mine = ++asked;
        fetch(address + '?q=' + encodeURIComponent(query.value), {
            credentials: 'same-origin',
            headers: {'Accept': 'text/html'}
        }).then(function (response) {
            return response.ok ? response.text() : Promise.reject(response.status);
        }).then(function (html) {
            if (mine !== asked) {
                return; // an answer to an earlier search, overtaken by a later one
            }
            var parsed = new DOMParser().parseFromString('<select>' + html + '</select>', 'text/html');
            var found = Array.prototype.slice.call(parsed.querySelectorAll('option')).map(function (option) {
                return document.importNode(option, true);
            });
            replaceOptions(found);
            status.textContent = query.value.trim() === '' ? ''
                : status.getAttribute('data-found').replace('{0}', String(found.length));
        }).catch(function () {
            status.textContent = '';
        });
    }

    query.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(search, 250);
    });
    query.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
            event.preventDefault();
            clearTimeout(timer);
            search();
        }
    });
}());
