using CoopHub.Shared.Text;
using CoopHub.Shared.Localization;
using FluentValidation;
using FluentValidation.Validators;

namespace CoopHub.Shared.Pipeline;

/// <summary>
/// Every free-text field of every request goes through one of these (ADR 0015): <see cref="SafeText{T}"/> for a
/// single line (names, titles, labels), <see cref="SafeMultilineText{T}"/> where tab and line breaks belong
/// (descriptions, problems, reasons). The failure carries the stable code <see cref="ForbiddenCharacterCode"/>.
/// </summary>
public static class TextRules
{
    public const string ForbiddenCharacterCode = "text.forbidden_character";

    public static IRuleBuilderOptions<T, string?> SafeText<T>(this IRuleBuilder<T, string?> rule)
        => rule.SetValidator(new SafeTextValidator<T>(multiline: false)).WithErrorCode(ForbiddenCharacterCode);

    public static IRuleBuilderOptions<T, string?> SafeMultilineText<T>(this IRuleBuilder<T, string?> rule)
        => rule.SetValidator(new SafeTextValidator<T>(multiline: true)).WithErrorCode(ForbiddenCharacterCode);

    private sealed class SafeTextValidator<T>(bool multiline) : PropertyValidator<T, string?>
    {
        public override string Name => "SafeTextValidator";

        public override bool IsValid(ValidationContext<T> context, string? value)
        {
            var index = UnsafeText.FindForbidden(value, multiline);
            if (index < 0) return true;
            context.MessageFormatter.AppendArgument("Character", UnsafeText.Describe(value!, index));
            context.MessageFormatter.AppendArgument("Position", index + 1);
            return false;
        }

        protected override string GetDefaultMessageTemplate(string errorCode)
            => ServerText.Get(multiline ? "text.forbidden_character_multiline" : "text.forbidden_character");
    }
}
