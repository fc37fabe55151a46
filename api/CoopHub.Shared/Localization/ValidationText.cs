using FluentValidation;
using FluentValidation.Resources;

namespace CoopHub.Shared.Localization;

/// <summary>
/// Validation messages from the catalogues: a rule names its text by code (which is also the field's code in the
/// problem's <c>fieldCodes</c>), and FluentValidation's own messages (NotEmpty, MaximumLength…) come from Shared's
/// catalogue as <c>field.&lt;validator&gt;</c>, written to sit under the field rather than to name it.
/// </summary>
public static class ValidationText
{
    /// <summary>The rule's message is the catalogue's <paramref name="code"/>.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code)
        => rule.WithErrorCode(code).WithMessage(_ => ServerText.Get(code));

    /// <summary>The rule's message is the catalogue's <paramref name="code"/> with placeholders from the request and the value.</summary>
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, Func<T, TProperty, (string Name, object? Value)[]> args)
        => rule.WithErrorCode(code).WithMessage((x, value) => ServerText.Get(code, args(x, value)));

    /// <summary>The field code of a FluentValidation validator's failure (<c>MaximumLengthValidator</c> → <c>field.maximum_length</c>).</summary>
    public static string FieldCode(string validatorCode)
    {
        var name = validatorCode.EndsWith("Validator", StringComparison.Ordinal) ? validatorCode[..^"Validator".Length] : validatorCode;
        var snake = new System.Text.StringBuilder("field.");
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) snake.Append('_');
            snake.Append(char.ToLowerInvariant(name[i]));
        }
        return snake.ToString();
    }

    /// <summary>FluentValidation's default messages, looked up in Shared's catalogue in the reader's language.</summary>
    internal sealed class CatalogueLanguageManager : LanguageManager
    {
        public override string GetString(string key, System.Globalization.CultureInfo? culture = null)
        {
            var code = FieldCode(key);
            if (!ServerText.Has(code)) return ServerText.Get("field.invalid");
            if (culture is null) return ServerText.Get(code);
            var previous = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = culture;
            try
            {
                return ServerText.Get(code);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = previous;
            }
        }
    }

    /// <summary>Installs the catalogue as FluentValidation's language manager (once, at startup).</summary>
    public static void Install() => ValidatorOptions.Global.LanguageManager = new CatalogueLanguageManager();
}
