/*
 * The fact form fits the chosen metric: only the fields its kind takes stay in sight (a number with its
 * fixed unit named for a count, an amount with a currency for money, a rank with its scope, a percentage,
 * or a level for a qualitative metric), and the level list keeps only the metric's own levels. What
 * applies comes from data- attributes the server writes from Metric (the option's data-fields,
 * data-value-label; each field's data-fact-field; each level group's data-metric): nothing here repeats
 * a rule. The server judges every field all the same, with or without this script.
 *
 * A field that does not apply is hidden and disabled: out of sight, out of the tab order, and not sent,
 * so nothing typed before the metric changed goes with the form. Choosing another metric brings it back.
 * Loaded with defer from the form page only; the CSP allows same-origin scripts only.
 */
(function () {
    'use strict';
    var form = document.querySelector('form[data-fact-form]');
    var metric = form && form.querySelector('#metric');
    var level = form && form.querySelector('#level');
    if (!metric || !level) {
        return;
    }
    var fields = form.querySelectorAll('[data-fact-field]');
    var valueLabel = form.querySelector('label[for="value"]');
    var numberText = valueLabel ? valueLabel.textContent : '';
    var noLevel = level.querySelector('option[value=""]');
    var noLevelText = noLevel ? noLevel.textContent : '';

    function chosen() {
        var option = metric.options[metric.selectedIndex];
        return option && option.value ? option : null;
    }

    function show(field, shown) {
        field.hidden = !shown;
        field.querySelectorAll('input, select, textarea').forEach(function (control) {
            control.disabled = !shown;
        });
    }

    /* Only the chosen metric's group of levels can be chosen; a level of another metric is let go. */
    function fitLevels(option) {
        var own = option ? option.value : null;
        level.querySelectorAll('optgroup').forEach(function (group) {
            var mine = !own || group.getAttribute('data-metric') === own;
            group.hidden = !mine;
            group.disabled = !mine;
        });
        var selected = level.options[level.selectedIndex];
        if (selected && selected.parentNode.disabled) {
            level.value = '';
        }
        if (noLevel) {
            noLevel.textContent = own ? level.getAttribute('data-choose') : noLevelText;
        }
    }

    /*
     * On the page's first showing a field the server refused stays in sight even if it does not apply,
     * so that its reason can be read and the field emptied; a change of metric hides it like any other.
     */
    function fit(keepRefused) {
        var option = chosen();
        var applies = option ? option.getAttribute('data-fields').split(' ') : null;
        fields.forEach(function (field) {
            var refused = keepRefused && field.querySelector('[aria-invalid="true"]') !== null;
            show(field, !applies || applies.indexOf(field.getAttribute('data-fact-field')) >= 0 || refused);
        });
        if (valueLabel) {
            valueLabel.textContent = (option && option.getAttribute('data-value-label')) || numberText;
        }
        fitLevels(option);
    }

    metric.addEventListener('change', function () {
        fit(false);
    });
    fit(true);
}());
