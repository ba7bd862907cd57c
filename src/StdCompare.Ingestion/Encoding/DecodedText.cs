namespace StdCompare.Ingestion.Encoding;

/// <summary>Text decoded from bytes, and the encoding that was used.</summary>
/// <param name="Text">The text, without BOM.</param>
/// <param name="EncodingName">Web name of the encoding used (<c>utf-8</c>, <c>gb18030</c>, <c>utf-16</c>).</param>
/// <param name="Detected">True when the encoding was detected rather than declared or marked by a BOM.</param>
/// <param name="WrongDeclaration">A charset the file declared that did not fit its bytes, or null.</param>
public sealed record DecodedText(string Text, string EncodingName, bool Detected, string? WrongDeclaration = null);
