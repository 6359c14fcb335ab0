/// The words printed in place of a withheld figure.
public enum PrivacyText {
    public static func tooFew(_ language: Language) -> String {
        language.pick("för få svar för att redovisas", "too few answers to show")
    }
}
