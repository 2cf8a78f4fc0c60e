using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Pkkpm.Bot.ProgrammeConsole.Shared;

/// <summary>
/// What a console page that answers with a bare status code (a 404 for what is not there or not
/// the viewer's to see, a 400 for a form that lost its token) shows: a short Indonesian page with a
/// way back, instead of the browser's own error screen. Same words for "not there" and "not yours".
/// </summary>
internal static class StatusPage
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        var (title, text) = response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("Halaman tidak ditemukan", "Halaman ini tidak ada, atau bukan bagian dari wilayah yang Bapak/Ibu pantau."),
            StatusCodes.Status400BadRequest => ("Permintaan tidak dapat diproses", "Formulir sudah kedaluwarsa atau tidak lengkap. Silakan buka halamannya lagi."),
            StatusCodes.Status503ServiceUnavailable => ("Sedang sibuk", "Data sedang dipakai proses lain (misalnya impor besar). Tidak ada yang tersimpan. Silakan coba lagi sebentar lagi."),
            _ => ("Terjadi kendala", "Halaman ini tidak dapat ditampilkan sekarang."),
        };
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="id">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{WebUtility.HtmlEncode(title)} - Konsol Pkkpm</title><link rel="stylesheet" href="/console/console.css" /></head>
            <body>
            <header class="top"><a class="brand" href="/console">Konsol Pkkpm</a></header>
            <main id="isi"><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(text)}</p><p><a href="/console">Kembali ke ringkasan</a></p></main>
            </body>
            </html>
            """);
    }
}
