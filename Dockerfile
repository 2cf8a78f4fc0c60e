# Build with the SDK, run on the ASP.NET runtime as a non-root user.
# CI runs the same `dotnet publish` command (see .ci/run), so a broken publish fails there first.
# Precompiled (ReadyToRun) for the machine it builds on: the service starts and warms up on native
# code instead of JIT-compiling everything in its first minute (docs/performance.md).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Bot/Pkkpm.Bot.csproj -c Release --use-current-runtime -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds /app/seeds
# The SQLite file lives on a volume so it outlives the container. Seeds are loaded only when
# Seeds__Path is set (e.g. -e Seeds__Path=/app/seeds for a demo), and only into an empty database.
RUN mkdir -p /data && chown app:app /data
VOLUME /data
# MALLOC_ARENA_MAX: SQLite's memory comes from malloc, which gives each thread that reads at once
# an arena of its own and keeps it. The console's page of a million-member programme reads on three
# threads: 294 MB at its peak with glibc's default, 230 MB with two arenas, as fast (docs/performance.md).
ENV ASPNETCORE_URLS=http://+:8080 \
    ConnectionStrings__Pkkpm="Data Source=/data/pkkpm.db" \
    MALLOC_ARENA_MAX=2
EXPOSE 8080
USER app
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD ["dotnet", "Pkkpm.Bot.dll", "health", "http://localhost:8080/healthz"]
ENTRYPOINT ["dotnet", "Pkkpm.Bot.dll"]
