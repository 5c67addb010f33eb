/*
 * A form sent back with refused values: focus moves to the first refused field, so that a keyboard or
 * screen-reader user lands where the work is (the field's aria-describedby reads its message). When only
 * the form as a whole was refused (no field is marked), the error summary takes the focus instead.
 * Loaded with defer from the layout; the CSP allows same-origin scripts only, so nothing here is inline.
 */
(function () {
    'use strict';
    var main = document.getElementById('main');
    if (!main) {
        return;
    }
    var target = main.querySelector('[aria-invalid="true"]') || document.getElementById('error-summary');
    if (target) {
        target.focus();
    }
}());
