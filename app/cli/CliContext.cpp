#include "CliContext.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

namespace ferry::cli {

namespace {
// This file's messages, translated (context "ferry::cli::CliContext").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ferry::cli::CliContext)
};
} // namespace

using remote::ConnectionSpec;
using remote::Error;
using remote::ErrorKind;
using remote::Result;

QString CliContext::readStdinLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

Result<ConnectionSpec> CliContext::target(const QString &urlOrPath)
{
    Result<ConnectionSpec> spec = Error(ErrorKind::Local, QString());
    if (!site.isEmpty()) {
        if (!resolveSite)
            return Error(ErrorKind::Local, Text::tr("--site is not available in this build"));
        spec = resolveSite(*this, site, urlOrPath);
    } else {
        spec = ConnectionSpec::fromUrl(urlOrPath);
    }
    if (!spec.ok())
        return spec;
    if (!spec->hasPassword) {
        if (const std::optional<QString> given = givenPassword()) {
            spec->password = *given;
            spec->hasPassword = true;
        }
    }
    return spec;
}

std::optional<QString> CliContext::givenPassword()
{
    if (passwordStdin) {
        if (!m_stdinPasswordRead) {
            m_stdinPassword = readStdinLine();
            m_stdinPasswordRead = true;
        }
        return m_stdinPassword;
    }
    if (qEnvironmentVariableIsSet("FERRY_PASSWORD"))
        return qEnvironmentVariable("FERRY_PASSWORD");
    return std::nullopt;
}

} // namespace ferry::cli
