/*
 * While the browser waits for a large file's preview or commit, shows how far the work has got: the server
 * keeps the progress in the database under the id in the form, and this asks for it as a sentence every
 * second. Without JavaScript the page simply arrives when the work is done. Loaded with defer from the
 * import page; the CSP allows same-origin scripts only, so nothing here is inline.
 */
(function () {
    'use strict';
    var line = document.getElementById('progress');
    if (!line || !window.fetch) {
        return;
    }
    var url = line.getAttribute('data-url');
    function ask() {
        fetch(url, {credentials: 'same-origin', cache: 'no-store'}).then(function (response) {
            return response.ok ? response.text() : null;
        }).then(function (sentence) {
            if (sentence) {
                line.textContent = sentence;
                line.hidden = false;
            }
        }).catch(function () {
            // The next question may get through; the page arrives when the work is done anyway.
        });
    }
    var forms = document.querySelectorAll('form.with-progress');
    for (var i = 0; i < forms.length; i++) {
        forms[i].addEventListener('submit', function () {
            window.setInterval(ask, 1000);
        });
    }
}());
